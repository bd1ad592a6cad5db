package io.cronkeeper.gui.client;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts what the system trusts, plus the one certificate whose fingerprint the user accepted.
 * An appliance on the LAN usually has a self-signed certificate without a name that matches
 * its address, so a pinned certificate is accepted by fingerprint alone, without hostname check.
 * The fingerprint of a refused certificate is kept so the window can show it and ask.
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager system;
    private final Optional<String> pinned;
    private volatile String refused = "";

    PinnedTrust(Optional<String> pinned) {
        this.system = systemTrust();
        this.pinned = pinned.map(PinnedTrust::normalize);
    }

    SSLContext context() {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {this}, null);
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the last certificate refused, if any. */
    Optional<String> refused() {
        return refused.isEmpty() ? Optional.empty() : Optional.of(refused);
    }

    static String fingerprint(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isPinned(X509Certificate[] chain) {
        return chain.length > 0 && pinned.filter(p -> p.equals(fingerprint(chain[0]))).isPresent();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
        if (isPinned(chain)) {
            return;
        }
        try {
            system.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            refused = chain.length > 0 ? fingerprint(chain[0]) : "";
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
        if (isPinned(chain)) {
            return;
        }
        try {
            system.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            refused = chain.length > 0 ? fingerprint(chain[0]) : "";
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkServerTrusted(chain, authType, (SSLEngine) null);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
        throw new CertificateException("the admin app does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
        throw new CertificateException("the admin app does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the admin app does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    static String normalize(String fingerprint) {
        String hex = fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }

    private static X509ExtendedTrustManager systemTrust() {
        try {
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return x;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no X.509 trust manager in this JDK");
    }
}
