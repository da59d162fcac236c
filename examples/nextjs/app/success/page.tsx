import Link from 'next/link';

/** Where the hosted checkout sends the shopper after paying. */
export default function SuccessPage() {
  return (
    <main>
      <h1>Thank you for your order</h1>
      <p>
        <Link href="/">Back to the store</Link>
      </p>
    </main>
  );
}
