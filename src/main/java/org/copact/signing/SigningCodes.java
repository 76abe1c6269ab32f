package org.copact.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The six-digit one-time codes that confirm a signature or a decline of one task: valid for
 * {@link SigningCodeProperties#validity()}, so many an hour per signatory, and after
 * {@link SigningCodeProperties#maxTries()} wrong codes the task is locked for a while. A code is
 * kept only as an HMAC-SHA256 under a key derived from the seal's private key: the same on every
 * node, never in the database, so the table does not give the codes away even to a 10^6 search.
 */
@Service
public class SigningCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SigningCodeProperties properties;
    private final Clock clock;
    private final SecretKeySpec key;
    private final TransactionTemplate ownTransaction;

    SigningCodes(JdbcTemplate jdbc, SigningCodeProperties properties, Clock clock, SealKey seal,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.key = new SecretKeySpec(derivedKey(seal), "HmacSHA256");
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A code just made, to be mailed once: only its hash is kept. */
    public record IssuedCode(UUID id, String code, Instant expiresAt) {
    }

    public SigningCodeProperties settings() {
        return properties;
    }

    /**
     * A new code for this task of this participation, mailed to {@code sentTo}; any earlier code of
     * the task stops counting. Refused while the task is locked, and beyond the codes allowed an hour.
     */
    @Transactional
    public IssuedCode issue(String taskId, UUID participationId, String sentTo) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", participationId.toString());
        Instant now = clock.instant();
        lockedUntil(taskId, now).ifPresentOrElse(until -> {
            throw new SigningCodeRefused(SigningCodeRefused.Reason.LOCKED, 0, until);
        }, () -> { });
        List<Timestamp> lastHour = jdbc.queryForList("select issued_at from signing_code where participation_id = ? "
                + "and issued_at > ? order by issued_at", Timestamp.class, participationId,
                Timestamp.from(now.minus(Duration.ofHours(1))));
        if (lastHour.size() >= properties.perHour()) {
            Instant next = lastHour.get(lastHour.size() - properties.perHour()).toInstant().plus(Duration.ofHours(1));
            throw new SigningCodeRefused(SigningCodeRefused.Reason.TOO_MANY, 0, next);
        }
        UUID id = UUID.randomUUID();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expiresAt = now.plus(properties.validity());
        // an earlier code of the task is spent: only the latest one mailed can confirm
        jdbc.update("update signing_code set used_at = ? where task_id = ? and used_at is null", Timestamp.from(now),
                taskId);
        jdbc.update("insert into signing_code (id, task_id, participation_id, code_hash, sent_to, issued_at, "
                + "expires_at, failed_attempts) values (?, ?, ?, ?, ?, ?, ?, 0)", id, taskId, participationId,
                hash(id, code), sentTo, Timestamp.from(now), Timestamp.from(expiresAt));
        return new IssuedCode(id, code, expiresAt);
    }

    /**
     * Checks the code given for this task and, when it is the one sent and still valid, spends it in
     * the caller's transaction (so a signature that is not recorded leaves it unspent) and returns
     * its id. A wrong code counts in a transaction of its own, kept whatever the caller does next.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID use(String taskId, UUID participationId, String code) {
        Instant now = clock.instant();
        lockedUntil(taskId, now).ifPresentOrElse(until -> {
            throw new SigningCodeRefused(SigningCodeRefused.Reason.LOCKED, 0, until);
        }, () -> { });
        List<Sent> sent = jdbc.query("select id, expires_at from signing_code where task_id = ? and participation_id = ?"
                + " and used_at is null order by issued_at desc limit 1", (row, n) -> new Sent(
                        row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()), taskId, participationId);
        if (sent.isEmpty()) {
            throw new SigningCodeRefused(SigningCodeRefused.Reason.NO_CODE, 0, null);
        }
        Sent latest = sent.get(0);
        if (!now.isBefore(latest.expiresAt())) {
            throw new SigningCodeRefused(SigningCodeRefused.Reason.EXPIRED, 0, null);
        }
        String given = code == null ? "" : code.strip();
        String expected = jdbc.queryForObject("select code_hash from signing_code where id = ?", String.class,
                latest.id());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash(latest.id(), given).getBytes(StandardCharsets.US_ASCII))) {
            throw ownTransaction.execute(status -> wrong(taskId, participationId, latest.id(), now));
        }
        if (jdbc.update("update signing_code set used_at = ? where id = ? and used_at is null", Timestamp.from(now),
                latest.id()) == 0) {
            throw new SigningCodeRefused(SigningCodeRefused.Reason.NO_CODE, 0, null);
        }
        return latest.id();
    }

    private record Sent(UUID id, Instant expiresAt) {
    }

    /** Counts a wrong code; the last try allowed locks the task. */
    private SigningCodeRefused wrong(String taskId, UUID participationId, UUID codeId, Instant now) {
        jdbc.update("update signing_code set failed_attempts = failed_attempts + 1 where id = ?", codeId);
        // the wrong codes of this task since its last lock ended, whichever code they were given for
        Integer wrong = jdbc.queryForObject("select coalesce(sum(failed_attempts), 0) from signing_code "
                + "where task_id = ? and issued_at > coalesce((select locked_until from signing_lock "
                + "where task_id = ?), '-infinity'::timestamptz)", Integer.class, taskId, taskId);
        int left = properties.maxTries() - wrong;
        if (left > 0) {
            return new SigningCodeRefused(SigningCodeRefused.Reason.WRONG, left, null);
        }
        Instant until = now.plus(properties.lockFor());
        jdbc.update("insert into signing_lock (task_id, participation_id, locked_until) values (?, ?, ?) "
                + "on conflict (task_id) do update set locked_until = excluded.locked_until", taskId, participationId,
                Timestamp.from(until));
        jdbc.update("update signing_code set used_at = ? where task_id = ? and used_at is null", Timestamp.from(now),
                taskId);
        return new SigningCodeRefused(SigningCodeRefused.Reason.LOCKED, 0, until);
    }

    private java.util.Optional<Instant> lockedUntil(String taskId, Instant now) {
        return jdbc.query("select locked_until from signing_lock where task_id = ? and locked_until > ?",
                (row, n) -> row.getTimestamp(1).toInstant(), taskId, Timestamp.from(now)).stream().findFirst();
    }

    private String hash(UUID codeId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((codeId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] derivedKey(SealKey seal) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("copact signing codes\n".getBytes(StandardCharsets.UTF_8));
            return digest.digest(seal.privateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
