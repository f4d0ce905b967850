package dev.cronhound.cli.simulate;

/**
 * How a TLS server negotiates: what {@code ssl.log} shows for every session with it. TLS 1.3
 * servers send their certificates encrypted, so Zeek logs no certificate fingerprint for them.
 *
 * @param certFingerprint SHA-256 style hex of the leaf certificate, or {@code null} under TLS 1.3
 */
record TlsProfile(
    byte[] version, byte[] cipher, byte[] curve, byte[] history, byte[] certFingerprint) {
  private static final String[] TLS13_CIPHERS = {
    "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"
  };
  private static final String[] TLS12_CIPHERS = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
  };
  private static final String HEX = "0123456789abcdef";

  /** Draws a server profile: mostly TLS 1.3, some TLS 1.2 with a stable certificate. */
  static TlsProfile draw(java.util.SplittableRandom random) {
    boolean tls13 = random.nextInt(10) < 7;
    String curve = random.nextInt(4) == 0 ? "secp256r1" : "x25519";
    if (tls13) {
      return new TlsProfile(
          ConnRecord.ascii("TLSv13"),
          ConnRecord.ascii(TLS13_CIPHERS[random.nextInt(TLS13_CIPHERS.length)]),
          ConnRecord.ascii(curve),
          ConnRecord.ascii("CsiI"),
          null);
    }
    StringBuilder fp = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      fp.append(HEX.charAt(random.nextInt(16)));
    }
    return new TlsProfile(
        ConnRecord.ascii("TLSv12"),
        ConnRecord.ascii(TLS12_CIPHERS[random.nextInt(TLS12_CIPHERS.length)]),
        ConnRecord.ascii(curve),
        ConnRecord.ascii("CsxknGIi"),
        ConnRecord.ascii(fp.toString()));
  }
}
