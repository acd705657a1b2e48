-- The 24-hour clock's warnings are set by the municipality's configuration
-- (first_contact_warning_hours): a warning is 'h<hours>' (1 to 23 hours after the request)
-- or 'deadline'.

ALTER TABLE first_contact_warnings DROP CONSTRAINT first_contact_warnings_kind_check;
ALTER TABLE first_contact_warnings ADD CONSTRAINT first_contact_warnings_kind_check
    CHECK (kind IN ('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11', 'h12', 'h13', 'h14', 'h15', 'h16', 'h17', 'h18', 'h19', 'h20', 'h21', 'h22', 'h23', 'deadline'));
