package org.chancery.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a module asks the log to remember: the action, its object and outcome. Who and from where are
 * taken from the request unless given (a failed sign-in names the account that was tried).
 */
public record AuditRecord(String action, String objectType, String objectId, Outcome outcome, String details,
		@Nullable String actor) {

	public AuditRecord {
		Objects.requireNonNull(action);
		Objects.requireNonNull(objectType);
		Objects.requireNonNull(objectId);
		Objects.requireNonNull(outcome);
		Objects.requireNonNull(details);
	}

	public static AuditRecord success(String action, String objectType, Object objectId, String details) {
		return new AuditRecord(action, objectType, String.valueOf(objectId), Outcome.SUCCESS, details, null);
	}

	public static AuditRecord denied(String action, String objectType, Object objectId, String details) {
		return new AuditRecord(action, objectType, String.valueOf(objectId), Outcome.DENIED, details, null);
	}

	public AuditRecord by(String actor) {
		return new AuditRecord(action, objectType, objectId, outcome, details, actor);
	}

	public AuditRecord withOutcome(Outcome outcome) {
		return new AuditRecord(action, objectType, objectId, outcome, details, actor);
	}
}
