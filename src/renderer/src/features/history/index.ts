/** What other features use of History: the selected link's details (a paid alert opens one). */
export { useLinkDetailStore } from './link-detail-store';
