int str;
