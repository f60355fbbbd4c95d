import { describe, expect, it } from 'vitest';
import { resolveLaunchOptions, type LaunchEnvironment } from './launchOptions';

const launch = (argv: string[], env: Record<string, string> = {}): LaunchEnvironment => ({
  argv,
  env,
  home: '/home/ada',
  cwd: '/work',
  defaultRendererDir: '/app/dist/renderer',
});

describe('launch options', () => {
  it('defaults: random port, ~/Pipeboard, ~/.config/pipeboard, the built renderer', () => {
    expect(resolveLaunchOptions(launch([]))).toEqual({
      port: 0,
      defaultWorkspace: '/home/ada/Pipeboard',
      workspaces: ['/home/ada/Pipeboard'],
      dataDir: '/home/ada/.config/pipeboard',
      rendererDir: '/app/dist/renderer',
    });
  });

  it('adds each --workspace (resolved against the working folder) after the default, once', () => {
    const options = resolveLaunchOptions(launch(['--workspace', 'designs', '--workspace=/data/x', '--workspace', '/home/ada/Pipeboard']));
    expect(options.workspaces).toEqual(['/home/ada/Pipeboard', '/work/designs', '/data/x']);
  });

  it('takes the data folder from --data-dir, else PIPEBOARD_DATA_DIR, else an absolute XDG_CONFIG_HOME', () => {
    expect(resolveLaunchOptions(launch([], { XDG_CONFIG_HOME: '/xdg' })).dataDir).toBe('/xdg/pipeboard');
    expect(resolveLaunchOptions(launch([], { XDG_CONFIG_HOME: 'relative' })).dataDir).toBe('/home/ada/.config/pipeboard');
    expect(resolveLaunchOptions(launch([], { XDG_CONFIG_HOME: '/xdg', PIPEBOARD_DATA_DIR: '/tmp/d' })).dataDir).toBe('/tmp/d');
    expect(resolveLaunchOptions(launch(['--data-dir', 'd'], { PIPEBOARD_DATA_DIR: '/tmp/d' })).dataDir).toBe('/work/d');
  });

  it('reads --port and --renderer-dir', () => {
    const options = resolveLaunchOptions(launch(['--port', '8123', '--renderer-dir', 'out']));
    expect(options.port).toBe(8123);
    expect(options.rendererDir).toBe('/work/out');
  });

  it('refuses a bad port or an unknown flag', () => {
    expect(() => resolveLaunchOptions(launch(['--port', 'abc']))).toThrow(/--port/);
    expect(() => resolveLaunchOptions(launch(['--port', '70000']))).toThrow(/--port/);
    expect(() => resolveLaunchOptions(launch(['--port', '-1']))).toThrow();
    expect(() => resolveLaunchOptions(launch(['--verbose']))).toThrow();
    expect(() => resolveLaunchOptions(launch(['stray']))).toThrow();
  });
});
