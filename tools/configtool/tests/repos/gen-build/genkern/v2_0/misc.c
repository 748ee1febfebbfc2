int misc;
