export declare const MINIMUM_NODE: string;
export declare function nodeProblem(version: string): string | null;
export declare function electronPackageDir(env?: NodeJS.ProcessEnv, root?: string): string;
export declare function installedElectron(packageDir: string, env?: NodeJS.ProcessEnv): string | null;
export declare function ensureElectron(
  packageDir: string,
  options: { log: string; env?: NodeJS.ProcessEnv; say?: (line: string) => void },
): { binary: string } | { problem: string };
