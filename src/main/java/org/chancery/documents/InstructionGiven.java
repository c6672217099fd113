package org.chancery.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A leader gave an instruction (批示) on an incoming document: the source document, the text, the lead
 * and co-units and the deadline, for the supervision module to track until it is carried out.
 */
public record InstructionGiven(UUID instructionId, UUID incomingId, String registrationNumber, String title, UUID leaderAccountId, String leaderName,
		String text, @Nullable UUID leadUnitId, List<UUID> coUnitIds, @Nullable LocalDate deadline, Instant givenAt) {
}
