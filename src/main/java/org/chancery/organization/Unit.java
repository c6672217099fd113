package org.chancery.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the organization: a node of the tree. Its short code is used later in reference numbers
 * and archival codes, so it is unique and stable. Units are deactivated, never deleted.
 */
@Entity
@Table(name = "org_unit")
public class Unit implements Names {

	@Id
	private UUID id;
	@Column(nullable = false, unique = true, length = 10)
	private String code;
	@Column(name = "name_zh", nullable = false)
	private String nameZh;
	@Column(name = "name_en")
	private @Nullable String nameEn;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, name = "unit_rank")
	private Rank rank;
	@Column(name = "parent_id")
	private @Nullable UUID parentId;
	@Column(name = "sort_order", nullable = false)
	private int sortOrder;
	@Column(nullable = false)
	private boolean active = true;
	@Version
	private long version;

	protected Unit() {
	}

	Unit(UUID id, String code, String nameZh, @Nullable String nameEn, UnitType type, Rank rank, @Nullable UUID parentId, int sortOrder) {
		this.id = id;
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.type = type;
		this.rank = rank;
		this.parentId = parentId;
		this.sortOrder = sortOrder;
	}

	void describe(String code, String nameZh, @Nullable String nameEn, UnitType type, Rank rank, int sortOrder) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.type = type;
		this.rank = rank;
		this.sortOrder = sortOrder;
	}

	void moveUnder(@Nullable UUID newParent) {
		this.parentId = newParent;
	}

	void deactivate() {
		if (!active) {
			throw new DomainException("unit.alreadyInactive");
		}
		active = false;
	}

	void activate() {
		if (active) {
			throw new DomainException("unit.alreadyActive");
		}
		active = true;
	}

	public UUID id() { return id; }
	public String code() { return code; }
	@Override public String nameZh() { return nameZh; }
	@Override public @Nullable String nameEn() { return nameEn; }
	public UnitType type() { return type; }
	public Rank rank() { return rank; }
	public @Nullable UUID parentId() { return parentId; }
	public int sortOrder() { return sortOrder; }
	public boolean active() { return active; }
	public long version() { return version; }
}
