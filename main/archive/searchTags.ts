/** The words the search index holds for a document's type and year, so filters intersect inside the index. */
export function searchTags(typeId: string, issuedYear: number | null): string {
  return `t${typeId.toLowerCase()}${issuedYear ? ` y${issuedYear}` : ''}`;
}
