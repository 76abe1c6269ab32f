package org.copact.overview;

/**
 * Where a stakeholder stands in the review or the signature of the current pact version: asked
 * (their task is open), their decision, or not asked (yet). Null where the role is not theirs.
 */
public enum StageStatus {
    NOT_ASKED, ASKED, APPROVED, CHANGES_REQUESTED, SIGNED, DECLINED
}
