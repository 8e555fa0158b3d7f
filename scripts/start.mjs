// The main job: build the kit and show it. (Replaced by the demo city page once it exists.)
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('pnpm', ['run', 'build']);
run('pnpm', ['exec', 'storybook', 'dev', '-p', process.env.PORT ?? '6006', '--no-open', '--ci']);
