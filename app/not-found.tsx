import { BilingualPage, bilingualMetadata } from '@/components/BilingualPage';
import { paths } from '@/contract/routes';

/**
 * The 404 page of the whole export. A static host cannot know the reader's language, so the page
 * speaks both and links to both start pages.
 */
export const metadata = bilingualMetadata((m) => m.NotFound.title);

export default function NotFound() {
  return (
    <BilingualPage
      id="not-found"
      title={(m) => m.NotFound.title}
      section={(lang, m) => (
        <>
          <p>{m.NotFound.body}</p>
          <p>
            <a href={paths.library(lang)}>{m.NotFound.home}</a>
          </p>
        </>
      )}
    />
  );
}
