/**
 * A generated result type as the server sends it: the generated types leave out `__typename`,
 * which real responses carry (Apollo's cache keys on it), so fixtures may name it at any depth.
 */
export type WithTypename<T> = T extends readonly (infer Item)[]
  ? readonly WithTypename<Item>[]
  : T extends object
    ? { [Key in keyof T]: WithTypename<T[Key]> } & { __typename?: string }
    : T;
