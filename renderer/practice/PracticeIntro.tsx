/** What the practice view offers, shown until a question is opened. */
export function PracticeIntro() {
  return (
    <div className="practice-intro">
      <h2 className="practice-intro__title">Learn the exam’s design rules by building</h2>
      <p>Each question describes a pipeline to design. Pick one on the left, read its requirements and needs, then either:</p>
      <dl className="practice-intro__modes">
        <div>
          <dt>Answer mode</dt>
          <dd>Choose one of four designs, then see all four side by side with the engine’s ranking, each one’s errors, warnings and monthly cost, and why the answer wins.</dd>
        </div>
        <div>
          <dt>Build mode</dt>
          <dd>Design your own answer on the canvas and press Check for an examiner’s verdict, with your cost against the reference answer.</dd>
        </div>
      </dl>
      <p>
        Each question names the exam task statements it trains (MLS-C01, the study notes’ exam, and MLA-C01, the current one). Choose an exam above the list to
        see only its questions; <strong>Exam coverage</strong> shows how many questions train each task statement, how many you got right, and the gaps.
      </p>
      <p className="muted">Your progress is saved on this computer.</p>
    </div>
  );
}
