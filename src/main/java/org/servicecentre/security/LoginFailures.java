package org.servicecentre.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginFailures extends JpaRepository<LoginFailure, String> {

    /** Reads a key's count and holds its row until the transaction ends, so concurrent attempts count one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from LoginFailure f where f.key = :key")
    Optional<LoginFailure> lockByKey(String key);
}
