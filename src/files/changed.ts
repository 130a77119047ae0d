// STUB(H): notice files changed since a git ref (for --changed-since).
export async function changedFilesSince(_ref: string, _cwd: string): Promise<Set<string>> {
  throw new Error('--changed-since is not implemented yet');
}
