package org.copact.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, resolves and revokes the personal links that let a stakeholder act without a password. */
@Service
public class StakeholderLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StakeholderLinkRepository links;
    private final Clock clock;
    private final Duration validity;
    private final String publicUrl;

    StakeholderLinks(StakeholderLinkRepository links, Clock clock, LinkProperties properties) {
        this.links = links;
        this.clock = clock;
        this.validity = properties.linkValidity();
        String publicUrl = properties.publicUrl().toString();
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * A new link for this participation; the address is returned once, and this table keeps only its
     * hash. Called while the mail outbox writes the mail that carries it, so that the link is
     * committed with that mail, before it leaves (it works the moment the mail arrives), and a retry
     * of the mail sends the same link instead of asking for another.
     */
    @Transactional
    public String issue(UUID participationId, UUID roundId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        links.save(new StakeholderLink(participationId, roundId, Sha256.hex(token), now, now.plus(validity)));
        return publicUrl + StakeholderLinkController.PATH_PREFIX + token;
    }

    /** Revokes every link sent so far to this participation; sessions they opened end too. */
    @Transactional
    public int revokeAll(UUID participationId) {
        Instant now = clock.instant();
        List<StakeholderLink> all = links.findByParticipationId(participationId);
        all.forEach(link -> link.revoke(now));
        return all.size();
    }

    /**
     * Whether a session opened by one of this participation's links may still act: the very link
     * that opened it ({@code linkId}, which the session keeps) is neither revoked nor expired. A link
     * sent later, to the same or a new address, revives nothing; a session that does not know its
     * link is not admitted.
     */
    @Transactional(readOnly = true)
    boolean stillAdmitted(UUID participationId, Object linkId) {
        Instant now = clock.instant();
        return linkId instanceof UUID id && links.findById(id)
                .filter(link -> link.getParticipationId().equals(participationId))
                .filter(link -> link.isUsableAt(now))
                .isPresent();
    }

    /** The stakeholder a link is for, and the link's id, which the session it opens keeps. */
    record Opened(Caller.Stakeholder stakeholder, UUID linkId) {
    }

    @Transactional(readOnly = true)
    Optional<Opened> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(Sha256.hex(token))
                .filter(link -> link.isUsableAt(now))
                .map(link -> new Opened(new Caller.Stakeholder(link.getParticipationId(), link.getRoundId()),
                        link.getId()));
    }

    @Transactional(readOnly = true)
    Optional<Caller.Stakeholder> resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(Sha256.hex(token))
                .filter(link -> link.isUsableAt(now))
                .map(link -> new Caller.Stakeholder(link.getParticipationId(), link.getRoundId()));
    }
}
