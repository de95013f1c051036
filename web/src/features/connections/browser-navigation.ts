/** Leaves the SPA for another site (an OAuth2 provider's authorization page). */
export function navigateTo(url: string): void {
  window.location.assign(url);
}
