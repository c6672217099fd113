package org.chancery.identity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Inputs of account commands, validated at the edge. */
public final class AccountCommands {

	private AccountCommands() {
	}

	public record AccountDraft(
			@NotBlank @Pattern(regexp = "^[a-z][a-z0-9._-]{2,39}$", message = "{validation.username}") String username,
			@NotBlank @Size(max = 100) String displayName,
			@NotBlank @Size(min = 12, max = 128, message = "{validation.password}") String password,
			@Nullable UUID personId) {
	}

	public record AccountUpdate(@NotBlank @Size(max = 100) String displayName, @Nullable UUID personId) {
	}

	public record GrantDraft(@NotNull Role role, @Nullable UUID unitId) {
	}

	public record PasswordReset(@NotBlank @Size(min = 12, max = 128, message = "{validation.password}") String password) {
	}

	public record PasswordChange(@NotBlank String currentPassword,
			@NotBlank @Size(min = 12, max = 128, message = "{validation.password}") String newPassword) {
	}

	public record TokenDraft(@NotBlank @Size(max = 100) String name, @NotNull @Future LocalDate expiresOn) {
	}

	public record CodeEntry(@NotBlank @Pattern(regexp = "^\\s*\\d{3}\\s?\\d{3}\\s*$", message = "{validation.totp}") String code) {
	}
}
