package org.servicecentre.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketKeys extends JpaRepository<TicketKey, String> {

    List<TicketKey> findByState(TicketKeyState state);
}
