package org.chancery.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A leadership body the office serves (a central committee, its political bureau, the bureau's standing
 * committee, the secretariat). A body may sit within another.
 */
@Entity
@Table(name = "org_body")
public class LeadershipBody implements Names {

	@Id
	private UUID id;
	@Column(nullable = false, unique = true, length = 10)
	private String code;
	@Column(name = "name_zh", nullable = false)
	private String nameZh;
	@Column(name = "name_en")
	private @Nullable String nameEn;
	@Column(name = "parent_id")
	private @Nullable UUID parentId;
	@Column(name = "sort_order", nullable = false)
	private int sortOrder;
	@Column(nullable = false)
	private boolean active = true;
	@Version
	private long version;

	protected LeadershipBody() {
	}

	LeadershipBody(UUID id, String code, String nameZh, @Nullable String nameEn, @Nullable UUID parentId, int sortOrder) {
		this.id = id;
		describe(code, nameZh, nameEn, parentId, sortOrder);
	}

	void describe(String code, String nameZh, @Nullable String nameEn, @Nullable UUID parentId, int sortOrder) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.parentId = parentId;
		this.sortOrder = sortOrder;
	}

	void setActive(boolean wanted) {
		if (active == wanted) {
			throw new org.chancery.kernel.DomainException(wanted ? "body.alreadyActive" : "body.alreadyInactive");
		}
		active = wanted;
	}

	public UUID id() { return id; }
	public String code() { return code; }
	@Override public String nameZh() { return nameZh; }
	@Override public @Nullable String nameEn() { return nameEn; }
	public @Nullable UUID parentId() { return parentId; }
	public int sortOrder() { return sortOrder; }
	public boolean active() { return active; }
}
