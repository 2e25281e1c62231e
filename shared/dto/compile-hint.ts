// V8's explicit compile hint, the first line of the app's start-up chunks (vite.config.ts,
// par-compile-hints; ADR 049): every function of the file is compiled as the file streams in.
// The benchmark's phone floor opens React's bundle with the same line (bench/phone-floor.ts), so
// both are compiled alike.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'
