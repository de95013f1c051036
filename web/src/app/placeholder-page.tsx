import { ComingSoon } from '../components/coming-soon';
import { PageHeader } from '../components/page-header';

interface PlaceholderPageProps {
  title: string;
  description: string;
  comingSoon: string;
}

/** A route whose feature has not been built yet. */
export function PlaceholderPage({ title, description, comingSoon }: PlaceholderPageProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <ComingSoon title={`${title} is coming soon`} description={comingSoon} />
    </>
  );
}
