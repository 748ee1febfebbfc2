/* root-level header */
