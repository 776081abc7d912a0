// Preloaded into a bot process under test: on exit, says whether the Application Insights SDK was loaded.
process.on('exit', () => {
  const loaded = Object.keys(require.cache).some((file) => file.includes(`${require('node:path').sep}applicationinsights${require('node:path').sep}`));
  process.stdout.write(`${JSON.stringify({ applicationInsightsLoaded: loaded })}\n`);
});
