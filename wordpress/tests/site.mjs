// A real WordPress for the plugin's tests (Debian's packages: wordpress, mariadb-server,
// php-cli, php-mysql), set up from nothing in a few seconds and torn down after:
//   - a private MariaDB (own data folder and socket, no network, no systemd), fresh each run;
//   - /etc/wordpress/config-recovery-widgets-test.php (Debian's WordPress reads
//     /etc/wordpress/config-<name>.php; the router names it for every request), with its
//     own wp-content folder, so nothing of a system-wide WordPress is touched;
//   - `php -S 127.0.0.1:<port>` with tests/router.php;
//   - WordPress installed by POSTing install.php?step=2, the plugin unpacked from
//     dist/recovery-widgets-wordpress.zip (the file a site installs), the test mu-plugin,
//     and tests/fixtures.php (activation, an Author, settings, pages).
// Everything started is stopped by its process id.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip } from '../../scripts/zip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..');
const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'recovery-widgets-test';
const DEFAULT_ROOT = '/tmp/recovery-widgets-wordpress-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
export const ADMIN = { user: 'admin', password: 'admin-password-for-tests' };
export const AUTHOR = { user: 'author', password: 'author-password-for-tests' };

/** The packages are missing: one line saying what to do, not a stack trace. */
function requirePackages() {
  const missing = [
    [`${WORDPRESS}/wp-settings.php`, 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ].filter(([path]) => !existsSync(path));
  const mysqli = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
  if (mysqli.status !== 0 && !missing.some(([, name]) => name === 'php-cli')) missing.push(['mysqli', 'php-mysql']);
  if (missing.length) {
    throw new Error(
      `WordPress tests need Debian packages: apt-get install -y ${missing.map(([, name]) => name).join(' ')} (.ci/run installs them)`,
    );
  }
  // Debian's WordPress reads its configuration from /etc/wordpress only, and the private
  // database runs as the user who starts it: root, as in CI.
  if (process.getuid?.() !== 0)
    throw new Error(
      'WordPress tests write /etc/wordpress/config-recovery-widgets-test.php and run MariaDB as root: run them as root (CI does)',
    );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, what, timeout = 30_000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Starts a process in its own group, so stopping it stops its children too (php -S workers),
 * its output going to `log` (php -S logs every request: the first place to look when a test
 * times out).
 */
function start(command, args, log, options) {
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd], ...options });
  closeSync(fd);
  child.output = () => (existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '');
  return child;
}

function stopGroup(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Unpacks dist/recovery-widgets-wordpress.zip into the site's plugins, as a site installs it. */
export function installPlugin(root = DEFAULT_ROOT) {
  const plugins = join(root, 'wp-content/plugins');
  rmSync(join(plugins, 'recovery-widgets'), { recursive: true, force: true });
  for (const [name, data] of unzip(readFileSync(join(REPO, 'dist/recovery-widgets-wordpress.zip')))) {
    const target = join(plugins, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

/**
 * Sets up and starts the site.
 * @returns {Promise<{url: string, root: string, port: number, timings: Record<string, number>, fixtures: any, php: (file: string, env?: object) => string, stop: () => Promise<void>}>}
 */
export async function startSite({ root = DEFAULT_ROOT, port } = {}) {
  requirePackages();
  const zipFile = join(REPO, 'dist/recovery-widgets-wordpress.zip');
  if (!existsSync(zipFile)) throw new Error('dist/recovery-widgets-wordpress.zip is missing: run `npm run build:wordpress` first');
  const timings = {};
  let mark = Date.now();
  const lap = (name) => {
    timings[name] = Date.now() - mark;
    mark = Date.now();
  };
  port ??= Number(process.env.WP_TEST_PORT) || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const content = join(root, 'wp-content');
  const socket = join(root, 'mysql.sock');
  const processes = [];
  const stop = async () => {
    if (processes.database) {
      spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'shutdown'], { timeout: 10_000 });
    }
    for (const child of processes.reverse()) stopGroup(child);
    await sleep(200);
    rmSync(CONFIG_FILE, { force: true });
  };

  try {
    rmSync(root, { recursive: true, force: true });
    for (const dir of ['mysql', 'wp-content/plugins', 'wp-content/mu-plugins', 'wp-content/themes', 'wp-content/uploads'])
      mkdirSync(join(root, dir), { recursive: true });
    symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'));

    // The database: private, on a socket only.
    run(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${root}/mysql`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=socket'],
      { timeout: 120_000 },
    );
    lap('database files');
    const database = start(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${root}/mysql`,
        `--socket=${socket}`,
        `--pid-file=${root}/mysql.pid`,
        '--skip-networking',
        '--user=root',
        `--log-error=${root}/mysql.err`,
      ],
      join(root, 'mysql.out'),
    );
    processes.push(database);
    processes.database = database;
    await waitFor(() => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping']).status === 0, 'MariaDB');
    run('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
    ]);
    lap('database started');

    const key = () => randomBytes(32).toString('hex');
    writeFileSync(
      CONFIG_FILE,
      `<?php
// Written by wordpress/tests/site.mjs for the plugin's tests; removed when they end.
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('AUTH_KEY', '${key()}'); define('SECURE_AUTH_KEY', '${key()}'); define('LOGGED_IN_KEY', '${key()}'); define('NONCE_KEY', '${key()}');
define('AUTH_SALT', '${key()}'); define('SECURE_AUTH_SALT', '${key()}'); define('LOGGED_IN_SALT', '${key()}'); define('NONCE_SALT', '${key()}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${root}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
define('RECOVERY_WIDGETS_TEST_MAIL_LOG', '${root}/mail.jsonl');
`,
    );

    // Several workers: the editor loads many files and REST answers at once, and a test may
    // hold pages open in three browser contexts.
    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, join(HERE, 'router.php')], join(root, 'server.log'), {
      env: { ...process.env, RW_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '8' },
    });
    processes.push(server);
    await waitFor(async () => (await fetch(`${url}/wp-includes/images/blank.gif`)).ok, `php -S on port ${port} (${server.output()})`);
    lap('web server started');

    const form = new URLSearchParams({
      weblog_title: 'Front Range Recovery Collective',
      user_name: ADMIN.user,
      admin_password: ADMIN.password,
      admin_password2: ADMIN.password,
      pw_weak: '1',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    });
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const installed = await install.text();
    if (!/Success!|successfully installed/i.test(installed))
      throw new Error(
        `WordPress did not install: ${installed
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
    lap('WordPress installed');

    installPlugin(root);
    copyFileSync(join(HERE, 'mu-plugin/recovery-widgets-test.php'), join(content, 'mu-plugins/recovery-widgets-test.php'));
    const php = (file, env = {}) =>
      run('php', [file], { cwd: WORDPRESS, env: { ...process.env, RW_TEST_URL: url, ...env }, timeout: 120_000 });
    const fixtures = JSON.parse(php(join(HERE, 'fixtures.php'), { RW_ADMIN: JSON.stringify(ADMIN), RW_AUTHOR: JSON.stringify(AUTHOR) }));
    lap('plugin activated and pages made');
    return {
      url,
      root,
      port,
      timings,
      fixtures,
      php,
      stop,
      serverLog: () => server.output(),
      debugLog: () => (existsSync(`${root}/debug.log`) ? readFileSync(`${root}/debug.log`, 'utf8') : ''),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
