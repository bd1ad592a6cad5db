package io.cronkeeper.alert;

import io.cronkeeper.config.SmtpSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * What a failed SMTP exchange means for retrying: a 4xx reply, a refused or broken connection
 * and a timeout may pass; a 5xx reply, a refused login and an untrusted certificate will not.
 */
final class SmtpFailures {
    private SmtpFailures() {
    }

    static DeliveryResult of(MessagingException e, OptionalInt lastCode, SmtpSettings smtp) {
        List<String> secrets = smtp.password().map(List::of).orElse(List.of());
        String where = smtp.host().orElse("") + ":" + smtp.port();
        OptionalInt code = replyCode(e).map(OptionalInt::of).orElse(lastCode);
        if (find(e, SSLException.class).isPresent() || find(e, CertificateException.class).isPresent()) {
            return fail(OptionalInt.empty(), "TLS with SMTP server " + where + " failed: " + rootMessage(e)
                + " (for a self-signed certificate set smtp-tls-trust=insecure)", false, secrets);
        }
        if (e instanceof AuthenticationFailedException) {
            return fail(code, "SMTP server " + where + " refused the login of " + smtp.user().orElse("")
                + ": " + oneLine(e.getMessage()), false, secrets);
        }
        if (find(e, SocketTimeoutException.class).isPresent()) {
            return fail(OptionalInt.empty(), "SMTP server " + where + " did not answer in time", true, secrets);
        }
        if (e instanceof MailConnectException) {
            return fail(OptionalInt.empty(), "cannot connect to SMTP server " + where + ": " + rootMessage(e), true, secrets);
        }
        if (code.isPresent()) {
            int c = code.getAsInt();
            return fail(code, "SMTP " + c + ": " + oneLine(e.getMessage()), c >= 400 && c < 500, secrets);
        }
        boolean io = find(e, IOException.class).isPresent();
        return fail(code, "SMTP error: " + oneLine(e.getMessage()), io, secrets);
    }

    private static Optional<Integer> replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException a) {
                return Optional.of(a.getReturnCode());
            }
            if (t instanceof SMTPSenderFailedException s) {
                return Optional.of(s.getReturnCode());
            }
            if (t instanceof SMTPSendFailedException s) {
                return Optional.of(s.getReturnCode());
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "" : Secrets.excerpt(s, 300);
    }

    private static DeliveryResult fail(OptionalInt code, String error, boolean retryable, List<String> secrets) {
        return DeliveryResult.failed(code, Secrets.mask(error, secrets), retryable);
    }
}
