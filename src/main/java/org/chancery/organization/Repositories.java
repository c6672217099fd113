package org.chancery.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Units extends JpaRepository<Unit, UUID> {

	Optional<Unit> findByCode(String code);

	List<Unit> findAllByOrderBySortOrderAscCodeAsc();

	long countByParentIdAndActiveTrue(UUID parentId);
}

interface People extends JpaRepository<Person, UUID>, JpaSpecificationExecutor<Person> {

	Optional<Person> findByStaffNumber(String staffNumber);

	long countByUnitIdAndActiveTrue(UUID unitId);

	List<Person> findByUnitIdInAndActiveTrue(java.util.Collection<UUID> unitIds);
}

interface Appointments extends JpaRepository<Appointment, UUID> {

	List<Appointment> findByPersonIdOrderByStartedOnDesc(UUID personId);

	Optional<Appointment> findByPersonIdAndEndedOnIsNull(UUID personId);
}

interface Bodies extends JpaRepository<LeadershipBody, UUID> {

	Optional<LeadershipBody> findByCode(String code);

	List<LeadershipBody> findAllByOrderBySortOrderAscCodeAsc();
}

interface Memberships extends JpaRepository<Membership, UUID> {

	List<Membership> findByBodyIdOrderByLeftOnAscPrecedenceAsc(UUID bodyId);

	List<Membership> findByPersonId(UUID personId);

	boolean existsByBodyIdAndPersonIdAndLeftOnIsNull(UUID bodyId, UUID personId);
}

interface Secretaries extends JpaRepository<SecretaryAssignment, UUID> {

	List<SecretaryAssignment> findByLeaderIdOrSecretaryIdOrderByStartedOnDesc(UUID leaderId, UUID secretaryId);

	boolean existsByLeaderIdAndSecretaryIdAndEndedOnIsNull(UUID leaderId, UUID secretaryId);
}

interface ExternalOrgans extends JpaRepository<ExternalOrgan, UUID> {

	Optional<ExternalOrgan> findByCode(String code);

	List<ExternalOrgan> findAllByOrderByCodeAsc();
}
