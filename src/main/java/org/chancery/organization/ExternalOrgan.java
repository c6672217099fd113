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

/** An organ outside the office (a ministry, a province, another top-level body) it corresponds with. */
@Entity
@Table(name = "org_external_organ")
public class ExternalOrgan implements Names {

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
	private OrganKind kind;
	@Column(nullable = false)
	private boolean active = true;
	@Version
	private long version;

	protected ExternalOrgan() {
	}

	ExternalOrgan(UUID id, String code, String nameZh, @Nullable String nameEn, OrganKind kind) {
		this.id = id;
		describe(code, nameZh, nameEn, kind);
	}

	void describe(String code, String nameZh, @Nullable String nameEn, OrganKind kind) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.kind = kind;
	}

	void setActive(boolean wanted) {
		if (active == wanted) {
			throw new DomainException(wanted ? "organ.alreadyActive" : "organ.alreadyInactive");
		}
		active = wanted;
	}

	public UUID id() { return id; }
	public String code() { return code; }
	@Override public String nameZh() { return nameZh; }
	@Override public @Nullable String nameEn() { return nameEn; }
	public OrganKind kind() { return kind; }
	public boolean active() { return active; }
	public long version() { return version; }
}
