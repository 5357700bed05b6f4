/**
 * The date this version of the edition was built: the access date of its citations (a static page
 * cannot know when it is read; its content is that of this build). SOURCE_DATE_EPOCH pins it for
 * reproducible builds.
 */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}
