package org.chancery.documents;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A recipient as a form or the API names it: what kind of organ, and its id. */
public record Addressee(@NotNull Party.Kind kind, @NotNull UUID id) {

	Party as(Party.Role role) {
		return new Party(role, kind, id);
	}
}
