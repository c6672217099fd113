package org.chancery.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The inputs of the organization's commands, validated at the edge (pages and API alike). */
public final class Commands {

	private Commands() {
	}

	public static final String CODE = "^[A-Z0-9]{2,10}$";

	public record UnitDraft(
			@NotBlank @Pattern(regexp = CODE, message = "{validation.code}") String code,
			@NotBlank @Size(max = 200) String nameZh,
			@Size(max = 200) @Nullable String nameEn,
			@NotNull UnitType type,
			@NotNull Rank rank,
			@Nullable UUID parentId,
			@NotNull @Min(0) @Max(9999) Integer sortOrder) {
	}

	public record PersonDraft(
			@NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,20}$", message = "{validation.staffNumber}") String staffNumber,
			@NotBlank @Size(max = 100) String nameZh,
			@Size(max = 100) @Nullable String nameEn,
			@NotNull UUID unitId,
			@NotBlank @Size(max = 100) String position,
			@Nullable LocalDate startedOn) {
	}

	public record PersonRename(
			@NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,20}$", message = "{validation.staffNumber}") String staffNumber,
			@NotBlank @Size(max = 100) String nameZh,
			@Size(max = 100) @Nullable String nameEn) {
	}

	public record AppointmentDraft(@NotNull UUID unitId, @NotBlank @Size(max = 100) String position, @NotNull LocalDate startedOn) {
	}

	public record BodyDraft(
			@NotBlank @Pattern(regexp = CODE, message = "{validation.code}") String code,
			@NotBlank @Size(max = 200) String nameZh,
			@Size(max = 200) @Nullable String nameEn,
			@Nullable UUID parentId,
			@NotNull @Min(0) @Max(9999) Integer sortOrder) {
	}

	public record MemberDraft(@NotNull UUID personId, @NotNull @Min(1) @Max(999) Integer precedence, @NotBlank @Size(max = 100) String title,
			@NotNull LocalDate joinedOn) {
	}

	public record SecretaryDraft(@NotNull UUID leaderId, @NotNull UUID secretaryId, @NotNull LocalDate startedOn) {
	}

	public record OrganDraft(
			@NotBlank @Pattern(regexp = CODE, message = "{validation.code}") String code,
			@NotBlank @Size(max = 200) String nameZh,
			@Size(max = 200) @Nullable String nameEn,
			@NotNull OrganKind kind) {
	}
}
