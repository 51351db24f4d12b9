package org.servicecentre.programme;

import java.util.List;

interface RegistrationNotices extends org.springframework.data.jpa.repository.JpaRepository<RegistrationNotice, Long> {

    List<RegistrationNotice> findByRegistrationIdOrderByCreatedAtDesc(long registrationId);
}
