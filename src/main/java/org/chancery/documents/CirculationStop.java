package org.chancery.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** One reader on a circulation: waiting, current (the document is with them), or done — read, returned, skipped or withdrawn. */
@Entity
@Table(name = "doc_circulation_stop")
public class CirculationStop {

	public enum State {
		PENDING, CURRENT, READ, RETURNED, SKIPPED, WITHDRAWN
	}

	@Id
	private UUID id;
	@Column(nullable = false)
	private int position;
	@Column(name = "reader_id", nullable = false)
	private UUID readerId;
	@Column(name = "reader_name", nullable = false, length = 200)
	private String readerName;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;
	@Column(name = "due_at")
	private @Nullable Instant dueAt;
	@Column(name = "became_current")
	private @Nullable Instant becameCurrent;
	@Column(length = 2000)
	private @Nullable String comment;
	@Column(name = "acted_at")
	private @Nullable Instant actedAt;
	@Column(length = 1000)
	private @Nullable String reason;
	@Column(name = "acted_by", length = 200)
	private @Nullable String actedBy;
	@Column(name = "chase_count", nullable = false)
	private int chaseCount;
	@Column(name = "last_chased_at")
	private @Nullable Instant lastChasedAt;
	@Version
	private long version;

	protected CirculationStop() {
	}

	CirculationStop(UUID id, int position, UUID readerId, String readerName) {
		this.id = id;
		this.position = position;
		this.readerId = readerId;
		this.readerName = readerName;
		this.state = State.PENDING;
	}

	boolean open() {
		return state == State.PENDING || state == State.CURRENT;
	}

	void becomeCurrent(Instant at, Instant due) {
		this.state = State.CURRENT;
		this.becameCurrent = at;
		this.dueAt = due;
	}

	void read(@Nullable String comment, Instant at) {
		this.state = State.READ;
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
		this.actedAt = at;
		this.actedBy = readerName;
	}

	void returned(String reason, Instant at) {
		this.state = State.RETURNED;
		this.reason = reason;
		this.actedAt = at;
		this.actedBy = readerName;
	}

	void skip(String reason, String by, Instant at) {
		this.state = State.SKIPPED;
		this.reason = reason;
		this.actedAt = at;
		this.actedBy = by;
	}

	void withdraw(String reason, String by, Instant at) {
		this.state = State.WITHDRAWN;
		this.reason = reason;
		this.actedAt = at;
		this.actedBy = by;
	}

	void chased(Instant at) {
		this.chaseCount++;
		this.lastChasedAt = at;
	}

	public boolean lateAt(Instant now) {
		return state == State.CURRENT && dueAt != null && dueAt.isBefore(now);
	}

	public UUID id() { return id; }
	public int position() { return position; }
	public UUID readerId() { return readerId; }
	public String readerName() { return readerName; }
	public State state() { return state; }
	public @Nullable Instant dueAt() { return dueAt; }
	public @Nullable Instant becameCurrent() { return becameCurrent; }
	public @Nullable String comment() { return comment; }
	public @Nullable Instant actedAt() { return actedAt; }
	public @Nullable String reason() { return reason; }
	public @Nullable String actedBy() { return actedBy; }
	public int chaseCount() { return chaseCount; }
	public @Nullable Instant lastChasedAt() { return lastChasedAt; }
}
