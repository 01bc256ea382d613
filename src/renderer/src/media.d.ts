/** A sound file Vite copies into the build (never inlined as data:, which the CSP would refuse); the import is its URL. */
declare module '*.wav?no-inline' {
  const url: string;
  export default url;
}
