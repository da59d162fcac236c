/** The server's name for {@link toAllowedRedirectUrl}, until it imports the new name. */
export { toAllowedRedirectUrl as isAllowedRedirect } from './to-allowed-redirect-url';
