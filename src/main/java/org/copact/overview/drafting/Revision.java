package org.copact.overview.drafting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copact.pact.PactComment;
import org.copact.pact.PactComments;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.pact.ReviewDecision;
import org.copact.process.ReviewComments;
import org.copact.process.ReviewComments.CommentView;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a revision answers to, each item marked as addressed or not: the reviews of the latest version
 * (each reviewer's verdict and comment), the reviewers' comments by clause (those on the latest
 * version, and earlier ones still unanswered) and every decline of a version put to signature, with
 * its reason. A comment is addressed once the facilitator answered it (accepted, with the change;
 * declined, with a reason), even before the next version publishes the answer; a request for changes
 * once every comment sent with it is (the review's own comment is sent as one on the whole pact); an approval
 * asks for nothing; a decline once a later version is published, since that is the version that
 * answers it, and which the signatory is asked to sign again. None before a first version.
 *
 * @param open how many of the items (all of them, whatever the filter shows) are not addressed
 * @param total how many of the items may be addressed (approvals ask for nothing and are not counted)
 */
record Revision(int previousVersion, String previousSha256, List<Review> reviews, List<CommentView> comments,
        List<Decline> declines, long open, long total) {

    /** {@code toAddress}: false for an approval; {@code unanswered}: its comments not answered yet */
    record Review(UUID participationId, String organisation, ReviewDecision decision, String comment,
            Instant reviewedAt, boolean toAddress, boolean addressed, long unanswered) {
    }

    /** {@code answeredBy}: the first version published after it, null while there is none */
    record Decline(int version, UUID participationId, String organisation, String reason, Instant declinedAt,
            Integer answeredBy) {

        public boolean addressed() {
            return answeredBy != null;
        }
    }

    /** Only the items that are, or are not, addressed; or all of them. */
    enum Shown {
        ALL, ADDRESSED, NOT_ADDRESSED;

        static Shown of(Boolean addressed) {
            return addressed == null ? ALL : addressed ? ADDRESSED : NOT_ADDRESSED;
        }

        boolean shows(boolean addressed) {
            return this == ALL || (this == ADDRESSED) == addressed;
        }
    }

    /** whether the filter shows nothing at all (SpEL calls it from the page, hence public) */
    public boolean empty() {
        return reviews.isEmpty() && comments.isEmpty() && declines.isEmpty();
    }

    @Component
    static class Reader {

        private static final Comparator<CommentView> BY_CLAUSE = Comparator
                .comparingInt(CommentView::versionNumber).reversed()
                .thenComparing(c -> c.anchorKind().ordinal())
                .thenComparing(c -> c.number() == null ? 0 : c.number())
                .thenComparing(CommentView::createdAt);

        private final PactService pacts;
        private final SigningService signing;
        private final Participations participations;
        private final ReviewComments comments;
        private final PactComments pactComments;

        Reader(PactService pacts, SigningService signing, Participations participations, ReviewComments comments,
                PactComments pactComments) {
            this.pacts = pacts;
            this.signing = signing;
            this.participations = participations;
            this.comments = comments;
            this.pactComments = pactComments;
        }

        @Transactional(readOnly = true)
        Optional<Revision> of(UUID roundId, Shown shown) {
            List<PactVersion> versions = pacts.versions(roundId);
            Optional<PactVersion> latest = versions.stream().max(Comparator.comparingInt(PactVersion::number));
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            int last = latest.get().number();
            List<CommentView> said = comments.ofRound(roundId).stream()
                    .filter(c -> c.versionNumber() == last || !c.addressed()).sorted(BY_CLAUSE).toList();
            List<PactComment> sentOnLast = pactComments.ofVersion(latest.get().id());
            List<Review> reviews = new ArrayList<>();
            for (PactReview r : pacts.reviews(latest.get().id())) {
                List<PactComment> own = sentOnLast.stream()
                        .filter(c -> c.participationId().equals(r.participationId())).toList();
                long unanswered = own.stream().filter(c -> !c.addressed()).count();
                boolean toAddress = r.decision() == ReviewDecision.REQUEST_CHANGES;
                reviews.add(new Review(r.participationId(), organisation(r.participationId()), r.decision(),
                        r.comment(), r.createdAt(), toAddress, toAddress && !own.isEmpty() && unanswered == 0,
                        unanswered));
            }
            List<Decline> declines = new ArrayList<>();
            for (PactVersion version : versions) {
                Integer answeredBy = versions.stream().map(PactVersion::number).filter(n -> n > version.number())
                        .min(Integer::compare).orElse(null);
                for (Signature s : signing.signatures(version.id())) {
                    if (s.decision() == SignatureDecision.DECLINE) {
                        declines.add(new Decline(version.number(), s.participationId(),
                                organisation(s.participationId()), s.reason(), s.createdAt(), answeredBy));
                    }
                }
            }
            long open = reviews.stream().filter(r -> r.toAddress() && !r.addressed()).count()
                    + said.stream().filter(c -> !c.addressed()).count()
                    + declines.stream().filter(d -> !d.addressed()).count();
            long total = reviews.stream().filter(Review::toAddress).count() + said.size() + declines.size();
            return Optional.of(new Revision(last, latest.get().sha256(),
                    reviews.stream().filter(r -> shown.shows(!r.toAddress() || r.addressed())).toList(),
                    said.stream().filter(c -> shown.shows(c.addressed())).toList(),
                    declines.stream().filter(d -> shown.shows(d.addressed())).toList(), open, total));
        }

        private String organisation(UUID participationId) {
            return participations.find(participationId).map(ParticipationView::contact).map(Contact::organisation)
                    .orElse("");
        }
    }
}
