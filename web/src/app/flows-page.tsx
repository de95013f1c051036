import { PlaceholderPage } from './placeholder-page';

/** Flows are not built yet: the route says so. */
export function FlowsPage() {
  return (
    <PlaceholderPage
      title="Flows"
      description="Workflows that call your integrations with the credentials of the right environment."
      comingSoon="Flows come later. Connections and secrets you set up now are what they will use."
    />
  );
}
