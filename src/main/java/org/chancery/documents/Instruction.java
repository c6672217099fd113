package org.chancery.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A leader's instruction (批示) on an incoming document: the text, and who handles it by when. Written once. */
@Entity
@Table(name = "doc_instruction")
public class Instruction extends WrittenOnce {

	@Column(name = "incoming_id", nullable = false)
	private UUID incomingId;
	@Column(name = "leader_id", nullable = false)
	private UUID leaderId;
	@Column(name = "leader_name", nullable = false, length = 200)
	private String leaderName;
	@Column(nullable = false, length = 2000)
	private String text;
	@Column(name = "lead_unit_id")
	private @Nullable UUID leadUnitId;
	/** The co-units' ids, comma-separated (the list is written once with the instruction). */
	@Column(name = "co_units", nullable = false, length = 2000)
	private String coUnits;
	private @Nullable LocalDate deadline;
	@Column(name = "given_at", nullable = false)
	private Instant givenAt;

	protected Instruction() {
	}

	Instruction(UUID id, UUID incomingId, UUID leaderId, String leaderName, String text, @Nullable UUID leadUnitId, List<UUID> coUnits,
			@Nullable LocalDate deadline, Instant givenAt) {
		super(id);
		this.incomingId = incomingId;
		this.leaderId = leaderId;
		this.leaderName = leaderName;
		this.text = text;
		this.leadUnitId = leadUnitId;
		this.coUnits = String.join(",", coUnits.stream().map(UUID::toString).toList());
		this.deadline = deadline;
		this.givenAt = givenAt;
	}

	public UUID incomingId() { return incomingId; }
	public UUID leaderId() { return leaderId; }
	public String leaderName() { return leaderName; }
	public String text() { return text; }
	public @Nullable UUID leadUnitId() { return leadUnitId; }
	public @Nullable LocalDate deadline() { return deadline; }
	public Instant givenAt() { return givenAt; }

	public List<UUID> coUnitIds() {
		return coUnits.isEmpty() ? List.of() : Arrays.stream(coUnits.split(",")).map(UUID::fromString).toList();
	}
}
