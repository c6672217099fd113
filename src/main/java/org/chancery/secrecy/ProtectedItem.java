package org.chancery.secrecy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A protected item in the register: the marking, the classifying unit and the item's state. The item
 * itself (a document, a meeting, …) lives in its own module under the same id.
 */
@Entity
@Table(name = "sec_item")
public class ProtectedItem {

	/** Proposed by the handler, classified once an officer approves, declassified at the end. */
	public enum State {
		PROPOSED, CLASSIFIED, DECLASSIFIED
	}

	@Id
	private UUID id;
	@Column(name = "item_type", nullable = false, length = 40)
	private String itemType;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Level level;
	@Column(name = "level_rank", nullable = false)
	private int levelRank;
	@Column(nullable = false, length = 200)
	private String marking;
	@Column(name = "runs_from", nullable = false)
	private LocalDate runsFrom;
	@Column(nullable = false, length = 200)
	private String authority;
	@Column(nullable = false)
	private boolean extended;
	@Column(name = "declassifies_on")
	private @Nullable LocalDate declassifiesOn;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "proposed_by", nullable = false)
	private UUID proposedBy;
	@Column(name = "approved_by")
	private @Nullable UUID approvedBy;
	@Column(name = "next_review", nullable = false)
	private LocalDate nextReview;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sec_item_compartment", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "code", length = 20)
	private Set<String> compartments = new HashSet<>();
	@Version
	private long version;

	protected ProtectedItem() {
	}

	ProtectedItem(UUID id, String itemType, Marking marking, boolean extended, UUID unitId, Set<String> compartments, UUID proposedBy) {
		this.id = id;
		this.itemType = itemType;
		this.unitId = unitId;
		this.proposedBy = proposedBy;
		this.state = State.PROPOSED;
		this.compartments = new HashSet<>(compartments);
		mark(marking, extended);
		this.nextReview = marking.runsFrom().plusYears(1);
	}

	private void mark(Marking m, boolean extension) {
		this.level = m.level();
		this.levelRank = m.level().ordinal();
		this.marking = m.text();
		this.runsFrom = m.runsFrom();
		this.authority = m.authority();
		this.extended = extension;
		this.declassifiesOn = m.declassifiesOn().orElse(null);
	}

	void approve(UUID officer, LocalDate today) {
		if (state != State.PROPOSED) {
			throw new DomainException("item.notProposed");
		}
		state = State.CLASSIFIED;
		approvedBy = officer;
		nextReview = today.plusYears(1);
	}

	/** A received item stands as the sending organ classified it: no officer of ours approves it. */
	void received(UUID registeredBy, LocalDate today) {
		state = State.CLASSIFIED;
		approvedBy = registeredBy;
		nextReview = today.plusYears(1);
	}

	/** A new level, period or authority; the caller keeps the history. */
	void remark(Marking m, boolean extension) {
		if (state == State.DECLASSIFIED) {
			throw new DomainException("item.declassified");
		}
		mark(m, extension);
	}

	void declassify() {
		if (state == State.DECLASSIFIED) {
			throw new DomainException("item.declassified");
		}
		state = State.DECLASSIFIED;
	}

	void reviewed(LocalDate today) {
		nextReview = today.plusYears(1);
	}

	public Marking marking() {
		return Marking.parse(marking, runsFrom, authority, true);
	}

	/** The level the access policy applies: none once declassified. */
	public Level effectiveLevel() {
		return state == State.DECLASSIFIED ? Level.UNCLASSIFIED : level;
	}

	public UUID id() { return id; }
	public String itemType() { return itemType; }
	public Level level() { return level; }
	public String markingText() { return marking; }
	public LocalDate runsFrom() { return runsFrom; }
	public String authority() { return authority; }
	public boolean extended() { return extended; }
	public @Nullable LocalDate declassifiesOn() { return declassifiesOn; }
	public UUID unitId() { return unitId; }
	public State state() { return state; }
	public UUID proposedBy() { return proposedBy; }
	public @Nullable UUID approvedBy() { return approvedBy; }
	public LocalDate nextReview() { return nextReview; }
	public Set<String> compartments() { return Set.copyOf(compartments); }
}
