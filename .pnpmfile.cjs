// Native addons (better-sqlite3) are built with node-gyp. Point it at the headers that ship with the
// running Node.js, so the build works offline and never downloads them.
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const prefix = dirname(dirname(process.execPath));
const hasHeaders = existsSync(join(prefix, 'include', 'node', 'node_version.h'));

module.exports = {
  hooks: {
    updateConfig(config) {
      if (hasHeaders && !process.env.npm_config_nodedir) {
        config.extraEnv = { ...config.extraEnv, npm_config_nodedir: prefix };
      }
      return config;
    },
  },
};
