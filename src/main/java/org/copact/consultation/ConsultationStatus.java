package org.copact.consultation;

/** Where a participant stands in the consultation. */
public enum ConsultationStatus {
    NOT_INVITED, INVITED, ANSWERED, NO_ANSWER
}
