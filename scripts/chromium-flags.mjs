// Flags for Debian's Chromium on machines with no internet (tests and benchmarks alike):
// without the background-networking ones it keeps trying to reach outside hosts.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
