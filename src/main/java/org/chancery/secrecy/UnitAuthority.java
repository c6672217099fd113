package org.chancery.secrecy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The highest level a unit may classify at, where it differs from the configured default. */
@Entity
@Table(name = "sec_unit_authority")
public class UnitAuthority {

	@Id
	@Column(name = "unit_id")
	private UUID unitId;
	@Enumerated(EnumType.STRING)
	@Column(name = "max_level", nullable = false, length = 20)
	private Level maxLevel;

	protected UnitAuthority() {
	}

	UnitAuthority(UUID unitId, Level maxLevel) {
		this.unitId = unitId;
		this.maxLevel = maxLevel;
	}

	void set(Level level) {
		this.maxLevel = level;
	}

	public UUID unitId() { return unitId; }
	public Level maxLevel() { return maxLevel; }
}
