import { checkout } from '../../checkout';

// The route CheckoutButton posts to (POST creates the checkout) and a thanks page may ask how it went
// (GET). One handler for both methods.
export { checkout as GET, checkout as POST };
