import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';

const hmac = (key: Buffer, ...data: Buffer[]) => {
  const mac = createHmac('sha256', key);
  for (const part of data) mac.update(part);
  return mac.digest();
};

/** A browser's side of a push subscription: its P-256 key pair and auth secret, as in a PushSubscription. */
export interface BrowserSubscription {
  json(endpoint: string): string;
  /** Decrypts an aes128gcm body (RFC 8188) with the keys of RFC 8291. */
  decrypt(body: Buffer): string;
}

export function browserSubscription(): BrowserSubscription {
  const ecdh: ECDH = createECDH('prime256v1');
  const userAgentPublic = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    json: (endpoint) =>
      JSON.stringify({
        endpoint,
        keys: { p256dh: userAgentPublic.toString('base64url'), auth: authSecret.toString('base64url') },
      }),
    decrypt(body) {
      const salt = body.subarray(0, 16);
      const recordSize = body.readUInt32BE(16);
      const keyIdLength = body[20]!;
      const serverPublic = body.subarray(21, 21 + keyIdLength);
      const ciphertext = body.subarray(21 + keyIdLength);
      if (ciphertext.length > recordSize) throw new Error('more than one record');
      const sharedSecret = ecdh.computeSecret(serverPublic);
      const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), userAgentPublic, serverPublic]);
      const ikm = hmac(hmac(authSecret, sharedSecret), keyInfo, Buffer.from([1]));
      const prk = hmac(salt, ikm);
      const contentKey = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0'), Buffer.from([1])).subarray(0, 16);
      const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0'), Buffer.from([1])).subarray(0, 12);
      const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce);
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
      const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
      // The last record ends with the delimiter 2, then zero padding.
      let end = padded.length - 1;
      while (end >= 0 && padded[end] === 0) end--;
      if (padded[end] !== 2) throw new Error('no last-record delimiter');
      return padded.subarray(0, end).toString('utf8');
    },
  };
}

/** A VAPID key pair made here, as base64url of the uncompressed public point and the private scalar. */
export function vapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    privateKey: ecdh.getPrivateKey().toString('base64url'),
  };
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<public key>` as a push service does: the key is the
 * one expected, the ES256 signature verifies with it, and the claims it carries are returned.
 */
export function vapidClaims(authorization: string, expectedPublicKey: string): Record<string, unknown> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
  if (match === null) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [, jwt, key] = match;
  if (key !== expectedPublicKey) throw new Error('VAPID public key differs');
  const point = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const [header, claims, signature] = jwt!.split('.');
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature!, 'base64url'),
  );
  if (!signed) throw new Error('VAPID signature does not verify');
  if (JSON.parse(Buffer.from(header!, 'base64url').toString()).alg !== 'ES256')
    throw new Error('VAPID alg is not ES256');
  return JSON.parse(Buffer.from(claims!, 'base64url').toString()) as Record<string, unknown>;
}
