/**
 * The task statements of the two AWS exams Pipeboard trains for, as their exam guides list them.
 * Rules and scenarios are tagged with these ids, so Practice can filter by exam and show coverage.
 */

export const EXAMS = {
  'MLS-C01': {
    name: 'AWS Certified Machine Learning – Specialty',
    status: 'retired 2026-03-31 (the study notes’ exam)',
    source: 'https://docs.aws.amazon.com/aws-certification/latest/machine-learning-specialty-01/machine-learning-specialty-01.html',
    readOn: '2026-12-04',
  },
  'MLA-C01': {
    name: 'AWS Certified Machine Learning Engineer – Associate',
    status: 'current',
    source: 'https://docs.aws.amazon.com/aws-certification/latest/machine-learning-engineer-associate-01/machine-learning-engineer-associate-01.html',
    readOn: '2026-12-04',
  },
} as const;

export type ExamCode = keyof typeof EXAMS;

interface TaskStatement {
  id: string;
  exam: ExamCode;
  domain: string;
  /** The statement as the guide titles it. */
  text: string;
}

export const TASK_STATEMENTS = [
  { id: 'MLS-C01 1.1', exam: 'MLS-C01', domain: 'Domain 1: Data Engineering (20%)', text: 'Create data repositories for machine learning.' },
  { id: 'MLS-C01 1.2', exam: 'MLS-C01', domain: 'Domain 1: Data Engineering (20%)', text: 'Identify and implement a data ingestion solution.' },
  { id: 'MLS-C01 1.3', exam: 'MLS-C01', domain: 'Domain 1: Data Engineering (20%)', text: 'Identify and implement a data transformation solution.' },
  { id: 'MLS-C01 2.1', exam: 'MLS-C01', domain: 'Domain 2: Exploratory Data Analysis (24%)', text: 'Sanitize and prepare data for modeling.' },
  { id: 'MLS-C01 2.2', exam: 'MLS-C01', domain: 'Domain 2: Exploratory Data Analysis (24%)', text: 'Perform feature engineering.' },
  { id: 'MLS-C01 2.3', exam: 'MLS-C01', domain: 'Domain 2: Exploratory Data Analysis (24%)', text: 'Analyze and visualize data for machine learning.' },
  { id: 'MLS-C01 3.1', exam: 'MLS-C01', domain: 'Domain 3: Modeling (36%)', text: 'Frame business problems as machine learning problems.' },
  { id: 'MLS-C01 3.2', exam: 'MLS-C01', domain: 'Domain 3: Modeling (36%)', text: 'Select the appropriate model(s) for a given machine learning problem.' },
  { id: 'MLS-C01 3.3', exam: 'MLS-C01', domain: 'Domain 3: Modeling (36%)', text: 'Train machine learning models.' },
  { id: 'MLS-C01 3.4', exam: 'MLS-C01', domain: 'Domain 3: Modeling (36%)', text: 'Perform hyperparameter optimization.' },
  { id: 'MLS-C01 3.5', exam: 'MLS-C01', domain: 'Domain 3: Modeling (36%)', text: 'Evaluate machine learning models.' },
  { id: 'MLS-C01 4.1', exam: 'MLS-C01', domain: 'Domain 4: Machine Learning Implementation and Operations (20%)', text: 'Build machine learning solutions for performance, availability, scalability, resiliency, and fault tolerance.' },
  { id: 'MLS-C01 4.2', exam: 'MLS-C01', domain: 'Domain 4: Machine Learning Implementation and Operations (20%)', text: 'Recommend and implement the appropriate machine learning services and features for a given problem.' },
  { id: 'MLS-C01 4.3', exam: 'MLS-C01', domain: 'Domain 4: Machine Learning Implementation and Operations (20%)', text: 'Apply basic AWS security practices to machine learning solutions.' },
  { id: 'MLS-C01 4.4', exam: 'MLS-C01', domain: 'Domain 4: Machine Learning Implementation and Operations (20%)', text: 'Deploy and operationalize machine learning solutions.' },
  { id: 'MLA-C01 1.1', exam: 'MLA-C01', domain: 'Domain 1: Data Preparation for Machine Learning (28%)', text: 'Ingest and store data.' },
  { id: 'MLA-C01 1.2', exam: 'MLA-C01', domain: 'Domain 1: Data Preparation for Machine Learning (28%)', text: 'Transform data and perform feature engineering.' },
  { id: 'MLA-C01 1.3', exam: 'MLA-C01', domain: 'Domain 1: Data Preparation for Machine Learning (28%)', text: 'Ensure data integrity and prepare data for modeling.' },
  { id: 'MLA-C01 2.1', exam: 'MLA-C01', domain: 'Domain 2: ML Model Development (26%)', text: 'Choose a modeling approach.' },
  { id: 'MLA-C01 2.2', exam: 'MLA-C01', domain: 'Domain 2: ML Model Development (26%)', text: 'Train and refine models.' },
  { id: 'MLA-C01 2.3', exam: 'MLA-C01', domain: 'Domain 2: ML Model Development (26%)', text: 'Analyze model performance.' },
  { id: 'MLA-C01 3.1', exam: 'MLA-C01', domain: 'Domain 3: Deployment and Orchestration of ML Workflows (22%)', text: 'Select deployment infrastructure based on existing architecture and requirements.' },
  { id: 'MLA-C01 3.2', exam: 'MLA-C01', domain: 'Domain 3: Deployment and Orchestration of ML Workflows (22%)', text: 'Create and script infrastructure based on existing architecture and requirements.' },
  { id: 'MLA-C01 3.3', exam: 'MLA-C01', domain: 'Domain 3: Deployment and Orchestration of ML Workflows (22%)', text: 'Use automated orchestration tools to set up continuous integration and continuous delivery (CI/CD) pipelines.' },
  { id: 'MLA-C01 4.1', exam: 'MLA-C01', domain: 'Domain 4: ML Solution Monitoring, Maintenance, and Security (24%)', text: 'Monitor model inference.' },
  { id: 'MLA-C01 4.2', exam: 'MLA-C01', domain: 'Domain 4: ML Solution Monitoring, Maintenance, and Security (24%)', text: 'Monitor and optimize infrastructure and costs.' },
  { id: 'MLA-C01 4.3', exam: 'MLA-C01', domain: 'Domain 4: ML Solution Monitoring, Maintenance, and Security (24%)', text: 'Secure AWS resources.' },
] as const satisfies readonly TaskStatement[];

export type TaskStatementId = (typeof TASK_STATEMENTS)[number]['id'];

/** The task statements a rule or scenario trains: at least one, so nothing untagged can be added. */
export type ExamTags = readonly [TaskStatementId, ...TaskStatementId[]];
