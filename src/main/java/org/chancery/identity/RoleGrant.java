package org.chancery.identity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** A role held by an account; business roles name the unit they are held in. */
@Embeddable
public record RoleGrant(@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 40) Role role,
		@Column(name = "unit_id") @Nullable UUID unitId) implements java.io.Serializable {
}
