#!/usr/bin/env node
// The AWS SDK warns on every run that its 2027 releases will need Node 22; the
// README says so once instead. An explicit setting of the variable still wins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
